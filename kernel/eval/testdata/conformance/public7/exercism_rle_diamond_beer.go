package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func RunLengthEncode(s string) string {
	var sb strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		j := i
		for j < len(rs) && rs[j] == rs[i] {
			j++
		}
		if n := j - i; n > 1 {
			sb.WriteString(strconv.Itoa(n))
		}
		sb.WriteRune(rs[i])
		i = j
	}
	return sb.String()
}

func RunLengthDecode(s string) string {
	var sb strings.Builder
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		sb.WriteString(strings.Repeat(string(r), max(n, 1)))
		n = 0
	}
	return sb.String()
}

func Diamond(c byte) string {
	n := int(c - 'A')
	rows := make([]string, 0, 2*n+1)
	for i := 0; i <= n; i++ {
		row := []byte(strings.Repeat(" ", 2*n+1))
		row[n-i], row[n+i] = 'A'+byte(i), 'A'+byte(i)
		rows = append(rows, string(row))
	}
	for i := n - 1; i >= 0; i-- {
		rows = append(rows, rows[i])
	}
	return strings.Join(rows, "\n")
}

func bottles(n int) string {
	switch n {
	case 0:
		return "no more bottles"
	case 1:
		return "1 bottle"
	}
	return fmt.Sprintf("%d bottles", n)
}

func Verse(n int) string {
	switch n {
	case 0:
		return "No more bottles of beer on the wall, no more bottles of beer.\nGo to the store and buy some more, 99 bottles of beer on the wall.\n"
	case 1:
		return "1 bottle of beer on the wall, 1 bottle of beer.\nTake it down and pass it around, no more bottles of beer on the wall.\n"
	}
	return fmt.Sprintf("%s of beer on the wall, %s of beer.\nTake one down and pass it around, %s of beer on the wall.\n", bottles(n), bottles(n), bottles(n-1))
}

func main() {
	for _, s := range []string{"", "XYZ", "AABBBCCCC", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "  hsqq qww  ", "aabbbcccc⌘⌘"} {
		enc := RunLengthEncode(s)
		fmt.Printf("%q -> %q -> ok=%v\n", s, enc, RunLengthDecode(enc) == s)
	}
	fmt.Println(Diamond('A'))
	fmt.Println(Diamond('D'))
	for _, n := range []int{3, 2, 1, 0} {
		fmt.Print(Verse(n))
	}
}
