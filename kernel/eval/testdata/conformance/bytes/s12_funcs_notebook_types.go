package main

import (
	"bytes"
	"fmt"
	"unicode"
)

type Blob []byte

func (b Blob) String() string { return fmt.Sprintf("Blob(%d)%x", len(b), []byte(b)) }

func (b Blob) Words() [][]byte {
	return bytes.FieldsFunc(b, func(r rune) bool { return !unicode.IsLetter(r) })
}

type Line []byte

func main() {
	b := Blob("The quick, brown fox; jumps!")
	for _, w := range b.Words() {
		fmt.Printf("%s ", w)
	}
	fmt.Println()
	fmt.Println(Blob{1, 2, 255}, bytes.Equal(b, []byte(b)), bytes.Compare(Blob("a"), Blob("b")))
	fmt.Println(bytes.HasPrefix(b, []byte("The")), bytes.Index(b, []byte("fox")), bytes.LastIndexByte(b, 'o'), bytes.IndexRune(b, 'j'))
	lines := bytes.Split([]byte("a=1\nb=2\n\nc"), []byte("\n"))
	for _, l := range lines {
		k, v, ok := bytes.Cut(Line(l), []byte("="))
		fmt.Printf("[%s|%s|%v]", k, v, ok)
	}
	fmt.Println()
	fmt.Printf("%s|%s|%s\n", bytes.TrimSpace([]byte("  x  ")), bytes.Title([]byte("go now")), bytes.ToUpper(b[:9]))
	fmt.Printf("%s %s\n", bytes.ReplaceAll([]byte("aXbXc"), []byte("X"), []byte("--")), bytes.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return -1
		}
		return r
	}, []byte("HeLLo")))
	fmt.Printf("%s %d %v\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte(", ")), bytes.Count([]byte("cheese"), []byte("e")), bytes.ContainsAny([]byte("abc"), "xyzc"))
	fmt.Println(bytes.EqualFold([]byte("GoLang"), []byte("golang")), bytes.IndexFunc([]byte("ab1"), unicode.IsDigit), bytes.TrimLeft([]byte("001200"), "0"))
	var nilb Blob
	fmt.Println(bytes.Equal(nilb, []byte{}), len(bytes.Fields(nil)), nilb == nil)
	for w := range bytes.SplitSeq([]byte("p/q/r"), []byte("/")) {
		fmt.Printf("%s;", w)
		if string(w) == "q" {
			break
		}
	}
	fmt.Println()
}
