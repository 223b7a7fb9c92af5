package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range "aZ9 _\té世!٣" {
		fmt.Printf("%q L=%v U=%v D=%v N=%v S=%v P=%v Han=%v\n", r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.Is(unicode.Han, r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Σ')), string(unicode.SimpleFold('k')), unicode.In('ß', unicode.Latin))
}
