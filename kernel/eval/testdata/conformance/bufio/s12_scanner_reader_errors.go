package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type ErrBroken struct{ After int }

func (e *ErrBroken) Error() string { return fmt.Sprintf("connection broken after %d bytes", e.After) }

type breakingReader struct {
	r    io.Reader
	left int
	read int
}

func (b *breakingReader) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, &ErrBroken{b.read}
	}
	if len(p) > b.left {
		p = p[:b.left]
	}
	n, err := b.r.Read(p)
	b.left -= n
	b.read += n
	return n, err
}

type LineStats struct {
	Lines, Words, Longest int
}

func (s *LineStats) Feed(line string) {
	s.Lines++
	s.Words += len(strings.Fields(line))
	s.Longest = max(s.Longest, len(line))
}

func main() {
	text := "first line here\nsecond\nthird line is longer\nfourth\n"
	var st LineStats
	sc := bufio.NewScanner(&breakingReader{r: strings.NewReader(text), left: 30})
	for sc.Scan() {
		st.Feed(sc.Text())
	}
	err := sc.Err()
	var be *ErrBroken
	fmt.Printf("%+v %v %v %d\n", st, err, errors.As(err, &be), be.After)
	st = LineStats{}
	sc = bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		st.Feed(sc.Text())
	}
	fmt.Printf("%+v %v\n", st, sc.Err())
	br := bufio.NewReader(&breakingReader{r: strings.NewReader("abc\ndef"), left: 5})
	for {
		line, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	sc = bufio.NewScanner(strings.NewReader("a\r\nb\n\nc"))
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	fmt.Printf("%q\n", lines)
	sc = bufio.NewScanner(strings.NewReader("héllo"))
	sc.Split(bufio.ScanRunes)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n)
	adv, tok, err := bufio.ScanLines([]byte("no newline"), true)
	fmt.Println(adv, string(tok), err)
}
