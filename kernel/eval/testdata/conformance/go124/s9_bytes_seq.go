package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	data := []byte("alpha beta\ngamma\n")
	for l := range bytes.Lines(data) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for p := range bytes.SplitSeq([]byte("1-2-3"), []byte("-")) {
		fmt.Printf("%s ", p)
	}
	fmt.Println()
	for p := range bytes.SplitAfterSeq([]byte("1-2-3"), []byte("-")) {
		fmt.Printf("%s ", p)
	}
	fmt.Println()
	for f := range bytes.FieldsSeq([]byte(" a  bb ccc ")) {
		fmt.Printf("%d ", len(f))
	}
	fmt.Println()
	for f := range bytes.FieldsFuncSeq([]byte("x,y;z"), unicode.IsPunct) {
		fmt.Printf("%s ", f)
	}
	fmt.Println()
}
