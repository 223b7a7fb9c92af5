package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitComma splits at commas, trimming spaces.
func splitComma(data []byte, atEOF bool) (int, []byte, error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

var errTooBig = errors.New("number too big")

func main() {
	sc := bufio.NewScanner(strings.NewReader("a, b,c ,, d"))
	sc.Split(splitComma)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%q %v\n", toks, sc.Err())

	sc = bufio.NewScanner(strings.NewReader("12 7 99999 3"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil && len(tok) > 3 {
			return 0, nil, fmt.Errorf("%q: %w", tok, errTooBig)
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(" err:", sc.Err(), errors.Is(sc.Err(), errTooBig))

	sc = bufio.NewScanner(strings.NewReader("héllo wörld"))
	sc.Split(bufio.ScanRunes)
	n := 0
	for sc.Scan() {
		if r, _ := utf8.DecodeRune(sc.Bytes()); unicode.IsLetter(r) && r > 127 {
			fmt.Print(sc.Text())
		}
		n++
	}
	fmt.Println(" runes:", n)

	long := strings.Repeat("x", 100)
	sc = bufio.NewScanner(strings.NewReader(long + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("line", sc.Text())
	}
	fmt.Println("err:", sc.Err(), errors.Is(sc.Err(), bufio.ErrTooLong))

	sc = bufio.NewScanner(strings.NewReader("one\r\ntwo\n\nthree"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Text())
	}
	fmt.Println()

	sc = bufio.NewScanner(strings.NewReader("stop here STOP ignored"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "STOP" {
			return 0, nil, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(sc.Err())

	rd := bufio.NewReaderSize(strings.NewReader("key=value\nnext line\nlast"), 16)
	k, _ := rd.ReadString('=')
	b, _ := rd.Peek(5)
	line, isPrefix, _ := rd.ReadLine()
	r, size, _ := rd.ReadRune()
	rd.UnreadRune()
	rest, err := rd.ReadBytes('\n')
	last, err2 := rd.ReadString('\n')
	fmt.Printf("%q %q %q %v %q %d %q %v %q %v\n", k, b, line, isPrefix, r, size, rest, err, last, err2)
	var out strings.Builder
	w := bufio.NewWriterSize(&out, 8)
	w.WriteString("buffered ")
	fmt.Println(out.Len(), w.Buffered(), w.Available())
	w.WriteRune('é')
	w.Flush()
	fmt.Printf("%q\n", out.String())
}
