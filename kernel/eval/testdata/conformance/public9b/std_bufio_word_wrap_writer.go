package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type wrapWriter struct {
	w     *bufio.Writer
	width int
	col   int
	word  []byte
}

func newWrapWriter(w io.Writer, width int) *wrapWriter {
	return &wrapWriter{w: bufio.NewWriter(w), width: width}
}

func (ww *wrapWriter) flushWord() {
	if len(ww.word) == 0 {
		return
	}
	if ww.col > 0 && ww.col+1+len(ww.word) > ww.width {
		ww.w.WriteByte('\n')
		ww.col = 0
	} else if ww.col > 0 {
		ww.w.WriteByte(' ')
		ww.col++
	}
	ww.w.Write(ww.word)
	ww.col += len(ww.word)
	ww.word = ww.word[:0]
}

func (ww *wrapWriter) Write(p []byte) (int, error) {
	for _, b := range p {
		switch b {
		case ' ', '\t':
			ww.flushWord()
		case '\n':
			ww.flushWord()
			ww.w.WriteByte('\n')
			ww.col = 0
		default:
			ww.word = append(ww.word, b)
		}
	}
	return len(p), nil
}

func (ww *wrapWriter) Close() error {
	ww.flushWord()
	return ww.w.Flush()
}

func main() {
	text := "Go is an open source programming language that makes it simple to build secure, scalable systems.\nShort line.\nA verylongwordthatdoesnotfitanywhere at all."
	for _, width := range []int{20, 32} {
		var sb strings.Builder
		ww := newWrapWriter(&sb, width)
		io.Copy(ww, strings.NewReader(text))
		ww.Close()
		fmt.Printf("--- width %d ---\n%s\n", width, sb.String())
		sc := bufio.NewScanner(strings.NewReader(sb.String()))
		longest := 0
		for sc.Scan() {
			longest = max(longest, len(sc.Text()))
		}
		fmt.Println("longest:", longest)
	}
	var wc io.WriteCloser = newWrapWriter(io.Discard, 10)
	fmt.Fprintf(wc, "%s", "x y z")
	fmt.Println(wc.Close())
}
