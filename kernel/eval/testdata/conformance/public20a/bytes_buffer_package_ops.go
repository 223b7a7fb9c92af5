package main

import (
	"bytes"
	"fmt"
	"io"
	"unicode"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('✓')
	fmt.Println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, _ := buf.Read(p)
	fmt.Println(n, string(p), buf.String())
	b, _ := buf.ReadByte()
	buf.UnreadByte()
	line, err := buf.ReadString('!')
	fmt.Printf("%c %q %v\n", b, line, err)
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size, buf.Len())
	_, err = buf.ReadByte()
	fmt.Println(err == io.EOF)
	buf.Reset()
	fmt.Fprintf(&buf, "%03d|", 7)
	buf.Truncate(2)
	fmt.Println(buf.String())
	buf.Grow(100)
	fmt.Println(buf.Cap() >= 100, buf.Available() >= 98)
	nb := bytes.NewBufferString("line1\nline2\nline3")
	for {
		l, err := nb.ReadBytes('\n')
		fmt.Printf("%q ", l)
		if err != nil {
			break
		}
	}
	fmt.Println()
	s := []byte("  The Go Programming Language  ")
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Println(bytes.Count(s, []byte("g")), bytes.Index(s, []byte("Go")), bytes.LastIndexByte(s, 'a'), bytes.IndexRune(s, 'P'))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%s|%s|%s\n", bytes.ToUpper(s[2:8]), bytes.Title([]byte("ab cd")), bytes.Repeat([]byte("-"), 5))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+")))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return r
	}, []byte("a b c")))
	fmt.Println(bytes.HasPrefix(s, []byte("  The")), bytes.Contains(s, []byte("Lang")), bytes.ContainsAny(s, "xyz"))
	before, after, found := bytes.Cut([]byte("k=v"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	rd := bytes.NewReader([]byte("0123456789"))
	rd.Seek(3, io.SeekStart)
	x := make([]byte, 4)
	rd.Read(x)
	fmt.Println(string(x), rd.Len(), rd.Size())
	rd.ReadAt(x, 6)
	fmt.Println(string(x))
	var dst bytes.Buffer
	nn, _ := rd.WriteTo(&dst)
	fmt.Println(nn, dst.String())
	nilb := bytes.TrimSpace([]byte("   "))
	fmt.Println(nilb == nil, len(nilb))
	fmt.Println(bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil)
	a := []byte("abc")
	c := a[:2]
	c = append(c, 'X')
	fmt.Println(string(a))
}
