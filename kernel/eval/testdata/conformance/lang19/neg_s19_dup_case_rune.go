package main

import "fmt"

func kind(r rune) string {
	switch r {
	case 'a', 'e', 'i':
		return "vowel"
	case 'b', 'a':
		return "other"
	}
	return "?"
}

func main() {
	fmt.Println(kind('a'))
}
