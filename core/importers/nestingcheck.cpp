#include "importers/nestingcheck.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace bulkhead {

namespace {

// The state machine over the bytes that matter: quotes, backslashes and brackets.
struct NestingScanner {
    int maxDepth;
    int depth = 0;
    bool inString = false;
    std::size_t skipUntil = 0; // a backslash in a string hides the byte after it

    // Returns true when `pos` (holding `c`) goes deeper than allowed.
    bool visit(char c, std::size_t pos)
    {
        if (pos < skipUntil)
            return false;
        if (inString) {
            if (c == '\\')
                skipUntil = pos + 2;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            return ++depth > maxDepth;
        } else if (c == ']' || c == '}') {
            --depth;
        }
        return false;
    }
};

} // namespace

std::size_t findNestingOverflow(const char *data, std::size_t size, int maxDepth)
{
    NestingScanner scan{maxDepth};
    std::size_t i = 0;
#if defined(__SSE2__)
    // Find the interesting bytes of 16 at a time and visit only those: most of a report is string
    // content that holds none of them.
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i open = _mm_set1_epi8('{');   // '[' | 0x20
    const __m128i close = _mm_set1_epi8('}');  // ']' | 0x20
    const __m128i caseBit = _mm_set1_epi8(0x20);
    for (; i + 16 <= size; i += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i folded = _mm_or_si128(block, caseBit);
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(block, quote), _mm_cmpeq_epi8(block, backslash)),
                                          _mm_or_si128(_mm_cmpeq_epi8(folded, open), _mm_cmpeq_epi8(folded, close)));
        unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
        while (mask) {
            const std::size_t pos = i + static_cast<std::size_t>(__builtin_ctz(mask));
            mask &= mask - 1;
            if (scan.visit(data[pos], pos))
                return pos;
        }
    }
#endif
    for (; i < size; ++i) {
        if (scan.visit(data[i], i))
            return i;
    }
    return SIZE_MAX;
}

} // namespace bulkhead
