package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("  Hello, Gophers  ")
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Println(bytes.Contains(s, []byte("Go")), bytes.HasPrefix(s, []byte("  H")), bytes.HasSuffix(s, []byte("x")))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), bytes.IndexByte([]byte("chicken"), 'k'))
	fmt.Println(bytes.Equal([]byte("Go"), []byte("Go")), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" foo bar  baz ")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("--")))
	fmt.Printf("%s\n", bytes.ToUpper([]byte("shout")))
	fmt.Printf("%s\n", bytes.Title([]byte("x")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")))
	fmt.Printf("%s\n", bytes.Map(unicode.ToUpper, []byte("mapped")))
	fmt.Printf("%s\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	before, after, found := bytes.Cut([]byte("key:value"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.ContainsRune([]byte("abc"), 'c'))
	fmt.Println(bytes.IndexFunc([]byte("ab1"), unicode.IsDigit), bytes.LastIndex([]byte("go gopher"), []byte("go")))
}
