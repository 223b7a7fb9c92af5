package main

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

func main() {
	r := strings.NewReader("héllo, world")
	fmt.Println(r.Len(), r.Size())
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size)
	ch, size, _ = r.ReadRune()
	fmt.Println(string(ch), size, r.UnreadRune(), r.Len())
	buf := make([]byte, 4)
	n, _ := r.ReadAt(buf, 7)
	fmt.Println(n, string(buf))
	r.Seek(-5, io.SeekEnd)
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	r.Reset("new")
	b, _ := r.ReadByte()
	fmt.Println(string(b), r.Len())
	var sb strings.Builder
	r.WriteTo(&sb)
	fmt.Println(sb.String())
	fmt.Println(strings.LastIndexFunc("abc123", unicode.IsLetter), strings.IndexByte("abc", 'c'), strings.LastIndexAny("golang", "go"))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.Clone("x"))
	lines := strings.Lines("a\nb\nc")
	for l := range lines {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for part := range strings.SplitSeq("x-y-z", "-") {
		fmt.Print(part, " ")
	}
	fmt.Println()
	fmt.Println(strings.Title("hello world"), strings.TrimRight("xx..!!", ".!"), strings.TrimSpace("\t x \n"))
}
