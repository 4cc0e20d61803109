<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bulkhead::CollectTask</name>
    <message>
        <source>No sources to collect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bulkhead::ImportTask</name>
    <message>
        <source>No report files found to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 findings (%3 new, %4 unchanged, %5 resolved, %6 reopened), %7 warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
