package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

func lzwCompress(s string) []int {
	dict := map[string]int{}
	for i := 0; i < 256; i++ {
		dict[string(rune(i))] = i
	}
	w := ""
	var out []int
	for _, c := range []byte(s) {
		wc := w + string(rune(c))
		if _, ok := dict[wc]; ok {
			w = wc
			continue
		}
		out = append(out, dict[w])
		dict[wc] = len(dict)
		w = string(rune(c))
	}
	if w != "" {
		out = append(out, dict[w])
	}
	return out
}

func lzwDecompress(codes []int) (string, error) {
	if len(codes) == 0 {
		return "", nil
	}
	dict := map[int]string{}
	for i := 0; i < 256; i++ {
		dict[i] = string(rune(i))
	}
	w := dict[codes[0]]
	var sb strings.Builder
	sb.WriteString(w)
	for _, k := range codes[1:] {
		var entry string
		if e, ok := dict[k]; ok {
			entry = e
		} else if k == len(dict) {
			entry = w + w[:1]
		} else {
			return "", fmt.Errorf("bad code %d", k)
		}
		sb.WriteString(entry)
		dict[len(dict)] = w + entry[:1]
		w = entry
	}
	return sb.String(), nil
}

func rle(s string) string {
	var b bytes.Buffer
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		b.WriteString(strconv.Itoa(j - i))
		b.WriteByte(s[i])
		i = j
	}
	return b.String()
}

var errRLE = errors.New("malformed rle")

func unrle(s string) (string, error) {
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		if n == 0 {
			return "", fmt.Errorf("%w at %d", errRLE, i)
		}
		b.WriteString(strings.Repeat(string(c), n))
		n = 0
	}
	if n != 0 {
		return "", fmt.Errorf("%w: trailing count", errRLE)
	}
	return b.String(), nil
}

func main() {
	for _, s := range []string{"TOBEORNOTTOBEORTOBEORNOT", "abababababababab", "", "a"} {
		c := lzwCompress(s)
		d, err := lzwDecompress(c)
		fmt.Println(len(s), len(c), c, d == s, err)
	}
	_, err := lzwDecompress([]int{65, 999})
	fmt.Println(err)
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc"} {
		e := rle(s)
		d, err := unrle(e)
		fmt.Println(e, d == s, err)
	}
	for _, bad := range []string{"a", "3", "12x0y"} {
		_, err := unrle(bad)
		fmt.Println(err, errors.Is(err, errRLE))
	}
}
