package main

import (
	"fmt"
	"unicode"
)

func main() {
	const mixed = "\b5Ὂg̀9! ℃ᾭG"
	for _, c := range mixed {
		fmt.Printf("For %q:", c)
		if unicode.IsControl(c) {
			fmt.Print(" control")
		}
		if unicode.IsDigit(c) {
			fmt.Print(" digit")
		}
		if unicode.IsGraphic(c) {
			fmt.Print(" graphic")
		}
		if unicode.IsLetter(c) {
			fmt.Print(" letter")
		}
		if unicode.IsLower(c) {
			fmt.Print(" lower")
		}
		if unicode.IsMark(c) {
			fmt.Print(" mark")
		}
		if unicode.IsNumber(c) {
			fmt.Print(" number")
		}
		if unicode.IsPrint(c) {
			fmt.Print(" print")
		}
		if unicode.IsPunct(c) {
			fmt.Print(" punct")
		}
		if unicode.IsSpace(c) {
			fmt.Print(" space")
		}
		if unicode.IsSymbol(c) {
			fmt.Print(" symbol")
		}
		if unicode.IsTitle(c) {
			fmt.Print(" title")
		}
		if unicode.IsUpper(c) {
			fmt.Print(" upper")
		}
		fmt.Println()
	}
}
