package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Cut("nokey", "="))
	fmt.Println(strings.CutPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.CutSuffix("file.tar.gz", ".gz"))
	fmt.Println(strings.CutSuffix("file", ".gz"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.EqualFold("k", "\u212a"))
	fmt.Printf("%q\n", strings.Fields("  a b\t\nc\u00a0d\u2003e  "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	for f := range strings.FieldsSeq(" x  y z ") {
		fmt.Print("<", f, ">")
	}
	for f := range strings.FieldsFuncSeq("a.b..c", func(r rune) bool { return r == '.' }) {
		fmt.Print("{", f, "}")
	}
	for l := range strings.Lines("one\ntwo\n\nthree") {
		fmt.Printf("%q", l)
	}
	for p := range strings.SplitSeq("a,b,,c", ",") {
		fmt.Print("[", p, "]")
	}
	for p := range strings.SplitAfterSeq("a,b,c", ",") {
		fmt.Print("(", p, ")")
	}
	fmt.Println()
	rot := func(r rune) rune {
		if r == 'x' {
			return -1
		}
		if unicode.IsLetter(r) {
			return r + 1
		}
		return r
	}
	fmt.Println(strings.Map(rot, "abx yz!"), string(bytes.Map(unicode.ToUpper, []byte("héllo"))))
	fmt.Println(strings.ToTitle("ǆemal"), strings.ToUpper("ǆemal"), strings.ToLower("İSTANBUL"), strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "İI"))
	r := strings.NewReplacer("a", "1", "aa", "2", "b", "", "", "-")
	fmt.Println(r.Replace("aaab"))
	r2 := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r2.Replace("<a & b>"))
	var sb strings.Builder
	r2.WriteString(&sb, "x<y")
	sb.Grow(64)
	fmt.Println(sb.String(), sb.Len(), sb.Cap() >= 64)
	rd := strings.NewReader("héllo")
	ch, size, _ := rd.ReadRune()
	fmt.Println(string(ch), size, rd.Len(), rd.Size())
	rd.Seek(1, 0)
	ch, size, _ = rd.ReadRune()
	fmt.Println(ch, size)
	rd.Reset("new")
	bb := make([]byte, 2)
	n, _ := rd.ReadAt(bb, 1)
	fmt.Println(n, string(bb))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Index("chicken", "ken"), strings.LastIndexAny("golang", "go"), strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexRune("chicken", 'k'), strings.IndexByte("abc", 'c'))
	fmt.Println(strings.SplitN("a,b,c,d", ",", 2), strings.SplitAfterN("a,b,c", ",", -1), len(strings.SplitN("a", ",", 0)))
	fmt.Println(strings.Title("hello world"), strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhi", "x"), strings.Trim(" \t hi \n", " \t\n"))
	fmt.Println(strings.ContainsFunc("abc", unicode.IsUpper), strings.ContainsAny("abc", "xyzc"), strings.ContainsRune("abc", 'b'), strings.HasPrefix("", ""), strings.Compare("a", "b"))
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare(nil, []byte{}), bytes.HasSuffix([]byte("abc"), []byte("bc")), string(bytes.Title([]byte("abc def"))))
	fmt.Println(bytes.Cut([]byte("k:v"), []byte(":")))
	bf := bytes.Fields([]byte(" a  b "))
	fmt.Println(len(bf), cap(bf[0]) >= 1, string(bytes.Join(bf, []byte("+"))), string(bytes.Repeat([]byte("ab"), 3)))
	fmt.Println(bytes.ContainsAny([]byte("hi"), ""), bytes.IndexAny([]byte("héllo"), "l"), bytes.LastIndexByte([]byte("aXbX"), 'X'), bytes.Runes([]byte("hé")))
	var bbuf bytes.Buffer
	bbuf.Grow(10)
	bbuf.WriteString("hello world")
	bbuf.Truncate(5)
	nx := bbuf.Next(2)
	fmt.Println(string(nx), bbuf.String(), bbuf.Len())
	by, err := bbuf.ReadByte()
	fmt.Println(string(by), err, bbuf.UnreadByte(), bbuf.UnreadByte())
	line, err := bbuf.ReadString('z')
	fmt.Println(line, err, bbuf.Len(), bbuf.Available() >= 0)
	fmt.Println(strings.Clone("c"), bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil)
}
