package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Fields("  \t a  b\n c \u00a0 d "))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	fmt.Println(strings.Title("hello wORLD"), strings.ToTitle("ǆ"), strings.ToUpper("straße"))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Σ", "ς"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexAny("golang", "ny"), strings.IndexRune("chicken", 'k'), strings.IndexByte("x", 'y'))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("aaa", "", "-"))
	fmt.Printf("%q %q %q\n", strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("xxhi", "x"), strings.Trim("  \t hi \n", " \t\n"))
	fmt.Printf("%q\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	s, ok := strings.CutSuffix("file.tar.gz", ".gz")
	fmt.Println(s, ok)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a & b>"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.SimpleFold(r)
	}, "Hello World"))
	fmt.Println(strings.ContainsAny("hi", ""), strings.ContainsRune("abc", 'c'), strings.HasPrefix("", ""))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("", ""))
	var b bytes.Buffer
	b.WriteString("hello ")
	b.WriteByte('w')
	b.WriteRune('ö')
	b.Write([]byte("rld"))
	fmt.Println(b.String(), b.Len())
	line, err := b.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, b.String())
	fmt.Println(bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), nil))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y ")))
	fmt.Printf("%s\n", bytes.Title([]byte("abc def")))
	fmt.Println(bytes.ContainsFunc([]byte("abc1"), unicode.IsDigit), bytes.IndexFunc([]byte("ab1"), unicode.IsDigit))
	fmt.Println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), len("\xff"), []rune("\xff")[0] == unicode.ReplacementChar)
}
