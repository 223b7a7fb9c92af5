package main

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

func main() {
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺"), strconv.QuoteToASCII("☺ café"), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Printf("%q %v\n", s, err)
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
	for _, in := range []string{"42", "-17", "0x1F", "1e3", "abc", "9223372036854775808"} {
		i, err := strconv.ParseInt(in, 0, 64)
		fmt.Println(in, i, err)
	}
	f, _ := strconv.ParseFloat("3.14159", 64)
	fmt.Println(f, strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.AppendInt([]byte("n="), -5, 10), string(strconv.AppendQuote(nil, "x")))
	str := "héllo, 世界"
	fmt.Println(len(str), utf8.RuneCountInString(str), []byte(str)[:3], []rune(str)[1])
	for i, r := range "aé世" {
		fmt.Print(i, ":", string(r), "(", utf8.RuneLen(r), ") ")
	}
	fmt.Println()
	bad := string([]byte{0xff, 'a'})
	for _, r := range bad {
		fmt.Print(r == utf8.RuneError, " ")
	}
	fmt.Println(utf8.ValidString(bad))
	fmt.Printf("%q %+q %x\n", bad, "é", "é")
}
