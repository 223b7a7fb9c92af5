package main

import (
	"fmt"
	"strings"
	"unicode"
)

func Hey(remark string) string {
	r := strings.TrimSpace(remark)
	question := strings.HasSuffix(r, "?")
	hasLetter := strings.IndexFunc(r, unicode.IsLetter) >= 0
	yelling := hasLetter && strings.ToUpper(r) == r
	switch {
	case r == "":
		return "Fine. Be that way!"
	case yelling && question:
		return "Calm down, I know what I'm doing!"
	case yelling:
		return "Whoa, chill out!"
	case question:
		return "Sure."
	default:
		return "Whatever."
	}
}

func main() {
	for _, s := range []string{
		"Tom-ay-to, tom-aaaah-to.",
		"WATCH OUT!",
		"Does this cryogenic chamber make me look fat?",
		"WHAT'S GOING ON?",
		"1, 2, 3 GO!",
		"1, 2, 3",
		"4?",
		"ZOMBIES ARE COMING!!11!!1!",
		"ÜMLÄÜTS!",
		"\t\t\t\n",
		"Okay if like my  spacebar  quite a bit?   ",
		"Wait! Hang on. Are you going to be OK?",
	} {
		fmt.Printf("%-48q -> %s\n", s, Hey(s))
	}
}
