package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteByte('|')
	sb.WriteRune('é')
	sb.WriteString("end")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	fmt.Printf("%q %d\n", sb.String(), sb.Len())
	sb.Grow(64)
	fmt.Println(sb.Cap() >= 64)

	var buf bytes.Buffer
	buf.WriteString("hello world\nsecond line\nthird")
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	b, _ := buf.ReadByte()
	fmt.Printf("%c\n", b)
	buf.UnreadByte()
	next := buf.Next(6)
	fmt.Printf("%q %d\n", next, buf.Len())
	rest, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	rest, err = buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", rest, err)
	buf.Reset()
	buf.Write([]byte{'a', 'b'})
	buf.WriteRune('ü')
	r, size, _ := buf.ReadRune()
	fmt.Println(string(r), size)
	buf.Truncate(1)
	fmt.Printf("%q\n", buf.String())
	var dst bytes.Buffer
	n, _ := io.Copy(&dst, strings.NewReader("copy me"))
	fmt.Println(n, dst.String())
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	fields := bytes.FieldsFunc([]byte("a1b2c33d"), unicode.IsDigit)
	fmt.Printf("%q\n", fields)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Println(strings.Title("x"), strings.ToTitle("hi"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	s, ok := strings.CutPrefix("prefix-body", "prefix-")
	fmt.Println(s, ok)
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go.go", ".go"), strings.Trim("  \t x \n", " \t\n"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	r2 := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r2.Replace("<b>bold</b>"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyz"), strings.HasPrefix("", ""))
	var w io.Writer = &sb
	io.WriteString(w, "via io")
	fmt.Println(sb.String())
	for l := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for part := range strings.SplitSeq("a-b-c", "-") {
		fmt.Print(part, ";")
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  x  y z ") {
		fmt.Print("[", f, "]")
	}
	fmt.Println()
}
