package main

import (
	"fmt"
	"strings"
)

var glyphs = []string{
	" _     _  _     _  _  _  _  _ ",
	"| |  | _| _||_||_ |_   ||_||_|",
	"|_|  ||_  _|  | _||_|  ||_| _|",
}

func digitPatterns() map[string]int {
	m := map[string]int{}
	for d := 0; d < 10; d++ {
		var b strings.Builder
		for _, row := range glyphs {
			b.WriteString(row[d*3 : d*3+3])
		}
		m[b.String()] = d
	}
	return m
}

func parse(lines []string, pats map[string]int) (string, bool) {
	n := len(lines[0]) / 3
	out := make([]byte, n)
	ok := true
	for i := range n {
		var b strings.Builder
		for _, row := range lines {
			b.WriteString(row[i*3 : i*3+3])
		}
		if d, found := pats[b.String()]; found {
			out[i] = byte('0' + d)
		} else {
			out[i] = '?'
			ok = false
		}
	}
	return string(out), ok
}

func checksum(acct string) bool {
	sum := 0
	for i := range len(acct) {
		sum += int(acct[len(acct)-1-i]-'0') * (i + 1)
	}
	return sum%11 == 0
}

func render(num string) []string {
	rows := make([]string, 3)
	for _, c := range num {
		d := int(c - '0')
		for r := range rows {
			rows[r] += glyphs[r][d*3 : d*3+3]
		}
	}
	return rows
}

func main() {
	pats := digitPatterns()
	for _, acct := range []string{"345882865", "490067715", "123456789", "000000051"} {
		lines := render(acct)
		got, ok := parse(lines, pats)
		status := ""
		if !ok {
			status = " ILL"
		} else if !checksum(got) {
			status = " ERR"
		}
		fmt.Println(got + status)
	}
	broken := render("111111111")
	broken[1] = "|" + broken[1][1:]
	got, ok := parse(broken, pats)
	fmt.Println(got, ok)
	fmt.Println(strings.Join(render("42"), "\n"))
}
