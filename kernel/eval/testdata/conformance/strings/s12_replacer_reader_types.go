package main

import (
	"fmt"
	"io"
	"strings"
)

type Escaper struct {
	r *strings.Replacer
}

func NewEscaper(pairs ...string) Escaper { return Escaper{strings.NewReplacer(pairs...)} }

func (e Escaper) Escape(s string) string { return e.r.Replace(s) }

type Upper struct{ w io.Writer }

func (u Upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	html := NewEscaper("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	fmt.Println(html.Escape(`<a href="x">Tom & Jerry</a>`))
	overlap := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(overlap.Replace("aaaa"), strings.NewReplacer("", "-").Replace("abc"))
	var sb strings.Builder
	n, err := html.r.WriteString(Upper{&sb}, "1 < 2 & 3 > 2")
	fmt.Println(n, err, sb.String())
	r := strings.NewReader("Hello, 세계!")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 7)
	k, _ := r.Read(buf)
	fmt.Printf("%q %d\n", buf[:k], r.Len())
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size, r.UnreadRune(), r.UnreadRune())
	pos, _ := r.Seek(-1, io.SeekEnd)
	b, _ := r.ReadByte()
	fmt.Println(pos, string(b))
	r.Reset("reset")
	rest, _ := io.ReadAll(r)
	fmt.Println(string(rest))
	at := make([]byte, 3)
	k, err = strings.NewReader("abcdef").ReadAt(at, 4)
	fmt.Println(k, err, string(at[:k]))
	var w strings.Builder
	m, _ := strings.NewReader("copy me").WriteTo(Upper{&w})
	fmt.Println(m, w.String())
}
