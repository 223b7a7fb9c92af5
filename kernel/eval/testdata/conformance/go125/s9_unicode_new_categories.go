package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(unicode.Is(unicode.LC, 'a'), unicode.Is(unicode.LC, 'Z'), unicode.Is(unicode.LC, '1'))
	fmt.Println(unicode.Is(unicode.Cn, 0x0378), unicode.Is(unicode.Cn, 'a'))
	fmt.Println(unicode.Categories["LC"] == unicode.LC, unicode.Categories["Cn"] == unicode.Cn)
	for _, alias := range []string{"Letter", "Cased_Letter", "Unassigned", "Decimal_Number"} {
		fmt.Println(alias, unicode.CategoryAliases[alias])
	}
}
