package main

import (
	"bytes"
	"fmt"
	"os"
	"unicode"
)

func main() {
	var b bytes.Buffer
	b.Write([]byte("Hello "))
	fmt.Fprintf(&b, "world!")
	b.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, []byte{}), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.ContainsAny([]byte("I like seafood."), "fÄo!"))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil))
	fmt.Printf("%q\n", bytes.Fields([]byte("  foo bar  baz   ")))
	fmt.Println(bytes.HasPrefix([]byte("Gopher"), []byte("Go")), bytes.HasSuffix([]byte("Amigo"), []byte("go")))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), bytes.IndexAny([]byte("chicken"), "kmr"), bytes.IndexRune([]byte("chicken"), 'k'))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("foo"), []byte("bar"), []byte("baz")}, []byte(", ")))
	fmt.Printf("ba%s\n", bytes.Repeat([]byte("na"), 2))
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%s %s %s\n", bytes.ToUpper([]byte("Gopher")), bytes.ToLower([]byte("Gopher")), bytes.Title([]byte("her royal highness")))
	fmt.Printf("[%q]\n", bytes.Trim([]byte(" !!! Achtung! Achtung! !!! "), "! "))
	fmt.Printf("%s\n", bytes.TrimSpace([]byte(" \t\n a lone gopher \n\t\r\n")))
	fmt.Printf("%s\n", bytes.TrimFunc([]byte("123go456"), unicode.IsDigit))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, []byte("banana")))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.IndexByte([]byte("golang"), 'l'))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Printf("%q\n", bytes.Runes([]byte("go gopher")))
	buf := bytes.NewBufferString("R29waGVycyBydWxlIQ==")
	fmt.Println(buf.Len(), buf.Cap() >= 20)
	p := make([]byte, 4)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.Len())
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	var nb bytes.Buffer
	nb.Grow(64)
	bb := nb.Bytes()
	nb.Write([]byte("64 bytes or fewer"))
	fmt.Printf("%q\n", bb[:nb.Len()])
	fmt.Println(bytes.ContainsFunc([]byte("x1"), unicode.IsDigit), bytes.Clone(nil) == nil)
	for part := range bytes.SplitSeq([]byte("a-b-c"), []byte("-")) {
		fmt.Printf("%s;", part)
	}
	fmt.Println()
}
