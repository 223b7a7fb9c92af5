package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(unicode.CategoryAliases["Letter"], unicode.CategoryAliases["Lowercase_Letter"])
	fmt.Println(unicode.In('a', unicode.LC), unicode.In('1', unicode.LC), unicode.Is(unicode.Cn, 0x0378))
}
