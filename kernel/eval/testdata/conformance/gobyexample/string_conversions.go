package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strconv.Itoa(123)+"4", fmt.Sprint(5)+fmt.Sprintf("%03d", 7))
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatUint(255, 8), strconv.FormatBool(false))
	f, _ := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(1.0/3, 'g', 5, 64))
	for _, s := range []string{"42", "-7", "0x1f", "1_000", "9999999999999999999", " 3"} {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, n, err)
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		if unicode.IsLower(r) {
			return unicode.ToUpper(r)
		}
		return -1
	}, "Hello, World 42"))
	fmt.Println(unicode.IsLetter('é'), unicode.IsDigit('٣'), unicode.IsSpace('\t'), unicode.IsPunct('!'))
	q := strconv.Quote(`tab	"quote" é`)
	fmt.Println(q, strconv.QuoteToASCII("é"))
	u, err := strconv.Unquote(q)
	fmt.Println(u, err)
	fmt.Printf("%v %v\n", []byte("AB"), string([]rune{0x4e16, 0x754c}))
}
