#include "importers/nestingcheck.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace bulkhead {

std::size_t findNestingOverflow(const char *data, std::size_t size, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    std::size_t i = 0;
    while (i < size) {
#if defined(__SSE2__)
        // Fast path: skip whole blocks without any byte we care about.
        if (i + 16 <= size) {
            const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
            __m128i hit = _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('"')),
                                       _mm_cmpeq_epi8(block, _mm_set1_epi8('\\')));
            if (!inString) {
                // '[' and '{' differ only in bit 0x20, as do ']' and '}': fold it away.
                const __m128i folded = _mm_or_si128(block, _mm_set1_epi8(0x20));
                hit = _mm_or_si128(hit, _mm_cmpeq_epi8(folded, _mm_set1_epi8('{')));
                hit = _mm_or_si128(hit, _mm_cmpeq_epi8(folded, _mm_set1_epi8('}')));
            }
            if (_mm_movemask_epi8(hit) == 0) {
                i += 16;
                continue;
            }
        }
#endif
        const char c = data[i];
        if (inString) {
            if (c == '\\')
                ++i; // skip the escaped character
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
        ++i;
    }
    return SIZE_MAX;
}

} // namespace bulkhead
