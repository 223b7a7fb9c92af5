package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

const text = `The quick brown fox
jumps over the lazy dog.

Pack my box with five dozen liquor jugs!
   How vexingly quick daft zebras jump;
sphinx of black quartz, judge my vow.`

// splitSentences is a bufio.SplitFunc that yields sentences ended by . ! or ;
func splitSentences(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := 0
	for start < len(data) && (data[start] == ' ' || data[start] == '\n') {
		start++
	}
	if i := bytes.IndexAny(data[start:], ".!;"); i >= 0 {
		tok := bytes.ReplaceAll(data[start:start+i+1], []byte("\n"), []byte(" "))
		return start + i + 1, tok, nil
	}
	if atEOF && start < len(data) {
		return len(data), bytes.TrimSpace(data[start:]), nil
	}
	if atEOF {
		return len(data), nil, nil
	}
	return start, nil, nil
}

type counts struct{ lines, words, runes, bytes int }

func wc(s string) counts {
	var c counts
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		c.lines++
		c.words += len(strings.Fields(sc.Text()))
		c.runes += utf8.RuneCountInString(sc.Text()) + 1
		c.bytes += len(sc.Bytes()) + 1
	}
	return c
}

func main() {
	fmt.Printf("%+v\n", wc(text))
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(splitSentences)
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println("err:", sc.Err())

	words := bufio.NewScanner(strings.NewReader(text))
	words.Split(bufio.ScanWords)
	longest := ""
	for words.Scan() {
		w := strings.Trim(words.Text(), ".,;!")
		if len(w) > len(longest) {
			longest = w
		}
	}
	fmt.Println("longest:", longest)

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	var rs []string
	for runes.Scan() {
		rs = append(rs, runes.Text())
	}
	fmt.Println(rs, len(rs))

	// a small buffer: a token too long is an error
	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	small.Buffer(make([]byte, 10), 20)
	for small.Scan() {
	}
	fmt.Println("small:", small.Err())
}
