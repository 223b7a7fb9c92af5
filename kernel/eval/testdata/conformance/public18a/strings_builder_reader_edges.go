package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d:", i)
		b.WriteByte('x')
		b.WriteRune('é')
	}
	n, err := b.Write([]byte("!"))
	fmt.Println(b.String(), b.Len(), n, err, utf8.RuneCountInString(b.String()))
	c := b
	func() {
		defer func() { fmt.Println("copy panics:", recover() != nil) }()
		c.WriteString("x")
	}()
	b.Reset()
	fmt.Printf("%q %d\n", b.String(), b.Len())
	r := strings.NewReader("abcdef")
	buf := make([]byte, 4)
	n, _ = r.Read(buf)
	fmt.Println(n, string(buf[:n]), r.Len())
	r.UnreadByte()
	bb, _ := r.ReadByte()
	fmt.Println(string(bb))
	pos, _ := r.Seek(0, io.SeekCurrent)
	fmt.Println(pos)
	_, err = r.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	n2, err := r.ReadAt(buf, 10)
	fmt.Println(n2, err)
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest), r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err)
	fmt.Println(r.UnreadRune())
	fmt.Println(strings.Repeat("ab", 0) == "", strings.Index("", ""), strings.LastIndex("go gopher", "go"), strings.IndexAny("", "a"))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		strings.Repeat("x", -1)
	}()
	fmt.Printf("%q\n", strings.SplitAfter("a.b.c", "."))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Println(strings.Replace("aaaa", "a", "b", 2), strings.Replace("abc", "", "-", -1), strings.ReplaceAll("abab", "ab", ""))
	fmt.Println(strings.TrimRight("abc...!!", ".!"), strings.TrimSuffix("a.go.go", ".go"), strings.TrimSpace("\u00a0 x \u3000"))
}
