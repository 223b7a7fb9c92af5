package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func splitComma(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func splitSentences(data []byte, atEOF bool) (int, []byte, error) {
	for i, b := range data {
		if b == '.' || b == '!' || b == '?' {
			return i + 1, bytes.TrimSpace(data[:i+1]), nil
		}
	}
	if atEOF && len(bytes.TrimSpace(data)) > 0 {
		return len(data), bytes.TrimSpace(data), bufio.ErrFinalToken
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("alpha, beta ,gamma,, delta"))
	sc.Split(splitComma)
	var toks []string
	for sc.Scan() {
		toks = append(toks, sc.Text())
	}
	fmt.Printf("%q %v\n", toks, sc.Err())

	sc = bufio.NewScanner(strings.NewReader("Hello there. How are you?  Fine!  trailing words"))
	sc.Split(splitSentences)
	for sc.Scan() {
		fmt.Printf("[%s]\n", sc.Text())
	}

	sc = bufio.NewScanner(strings.NewReader("héllo wörld"))
	sc.Split(bufio.ScanRunes)
	upper := 0
	n := 0
	for sc.Scan() {
		n++
		if r := []rune(sc.Text())[0]; unicode.Is(unicode.Latin, r) && r > 127 {
			upper++
		}
	}
	fmt.Println(n, upper)

	long := strings.Repeat("x", 100)
	sc = bufio.NewScanner(strings.NewReader(long + "\nshort\n"))
	sc.Buffer(make([]byte, 16), 32)
	for sc.Scan() {
		fmt.Println("line", sc.Text())
	}
	fmt.Println("err:", sc.Err())

	sc = bufio.NewScanner(strings.NewReader("1 22 333\n4444"))
	sc.Split(bufio.ScanWords)
	total := 0
	for sc.Scan() {
		total += len(sc.Bytes())
	}
	fmt.Println(total)

	r := bufio.NewReader(strings.NewReader("key=value\nnext=line\nlast"))
	for {
		line, err := r.ReadString('\n')
		k, v, ok := strings.Cut(strings.TrimRight(line, "\n"), "=")
		fmt.Printf("%q %q %v %v\n", k, v, ok, err)
		if err != nil {
			break
		}
	}
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 8)
	fmt.Fprint(w, "abc")
	fmt.Println(buf.Len(), w.Buffered(), w.Available())
	fmt.Fprint(w, "defghijk")
	fmt.Println(buf.Len(), w.Buffered())
	w.Flush()
	fmt.Println(buf.String())
}
