package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
)

func commaSplit(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.IndexByte(data, ','); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF && len(data) > 0 {
		return len(data), bytes.TrimSpace(data), bufio.ErrFinalToken
	}
	return 0, nil, nil
}

var errTooBig = errors.New("number too big")

func numSplit(data []byte, atEOF bool) (int, []byte, error) {
	adv, tok, err := bufio.ScanWords(data, atEOF)
	if err == nil && tok != nil && len(tok) > 3 {
		return 0, nil, errTooBig
	}
	return adv, tok, err
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("a, b ,c,, d"))
	sc.Split(commaSplit)
	for sc.Scan() {
		fmt.Printf("[%s]", sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("1 22 333 4444 5"))
	sc.Split(numSplit)
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("héllo wörld"))
	sc.Split(bufio.ScanRunes)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println(n)

	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err())

	sc = bufio.NewScanner(strings.NewReader("l1\r\nl2\n\nl4"))
	for sc.Scan() {
		fmt.Printf("%q ", sc.Bytes())
	}
	fmt.Println()

	r := bufio.NewReaderSize(strings.NewReader("alpha;beta;gamma"), 16)
	for {
		s, err := r.ReadString(';')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
	r = bufio.NewReader(strings.NewReader("xyz\nrest"))
	b, _ := r.Peek(2)
	fmt.Println(string(b), r.Buffered())
	c, sz, _ := r.ReadRune()
	fmt.Println(string(c), sz, r.UnreadRune(), r.UnreadRune())
	line, prefix, err := r.ReadLine()
	fmt.Println(string(line), prefix, err)
	d, _ := r.Discard(2)
	rest, err := r.ReadBytes('!')
	fmt.Println(d, string(rest), err)

	var sb strings.Builder
	w := bufio.NewWriterSize(&sb, 4)
	w.WriteString("ab")
	fmt.Println(sb.Len(), w.Buffered(), w.Available())
	w.WriteString("cdef")
	fmt.Println(sb.Len(), w.Buffered())
	w.WriteRune('é')
	w.WriteByte('!')
	w.Flush()
	fmt.Println(sb.String(), w.Size())
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&sb))
	s, _ := rw.ReadString('\n')
	rw.WriteString("+" + s)
	rw.Flush()
	fmt.Println(sb.String())
}
