package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

func commaSplit(data []byte, atEOF bool) (advance int, token []byte, err error) {
	for i := 0; i < len(data); i++ {
		if data[i] == ',' {
			return i + 1, bytes.TrimSpace(data[:i]), nil
		}
	}
	if !atEOF {
		return 0, nil, nil
	}
	if len(data) > 0 {
		return len(data), bytes.TrimSpace(data), bufio.ErrFinalToken
	}
	return 0, nil, nil
}

var errTooLong = errors.New("word too long")

func limitedWords(data []byte, atEOF bool) (int, []byte, error) {
	adv, tok, err := bufio.ScanWords(data, atEOF)
	if err == nil && tok != nil && len(tok) > 6 {
		return 0, nil, errTooLong
	}
	return adv, tok, err
}

func main() {
	s := bufio.NewScanner(strings.NewReader("alpha, beta ,gamma,, delta"))
	s.Split(commaSplit)
	for s.Scan() {
		fmt.Printf("%q ", s.Text())
	}
	fmt.Println(s.Err())

	s = bufio.NewScanner(strings.NewReader("one two three fourteen five"))
	s.Split(limitedWords)
	for s.Scan() {
		fmt.Print(s.Text(), "|")
	}
	fmt.Println(s.Err())

	s = bufio.NewScanner(strings.NewReader("héllo wörld"))
	s.Split(bufio.ScanRunes)
	n := 0
	for s.Scan() {
		if unicode.IsLetter([]rune(s.Text())[0]) {
			n++
		}
	}
	fmt.Println("letters", n)

	s = bufio.NewScanner(strings.NewReader("line1\r\nline2\n\nline4"))
	for i := 1; s.Scan(); i++ {
		fmt.Printf("%d:%q\n", i, s.Text())
	}

	long := strings.Repeat("x", 100)
	s = bufio.NewScanner(strings.NewReader(long + "\nshort\n"))
	s.Buffer(make([]byte, 10), 50)
	for s.Scan() {
		fmt.Println(s.Text())
	}
	fmt.Println(s.Err(), errors.Is(s.Err(), bufio.ErrTooLong))

	s = bufio.NewScanner(strings.NewReader("3 4 5"))
	s.Split(bufio.ScanWords)
	sum := 0
	for s.Scan() {
		var v int
		fmt.Sscan(s.Text(), &v)
		sum += v
	}
	fmt.Println("sum", sum)

	br := bufio.NewReader(strings.NewReader("key=value\nnext line\nlast"))
	k, _ := br.ReadString('=')
	v, _ := br.ReadString('\n')
	fmt.Printf("%q %q\n", k, v)
	b, _ := br.Peek(4)
	fmt.Printf("%q %d\n", b, br.Buffered())
	line, prefix, err := br.ReadLine()
	fmt.Printf("%q %v %v\n", line, prefix, err)
	r, size, _ := br.ReadRune()
	fmt.Println(string(r), size)
	br.UnreadRune()
	rest, err := br.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)

	var out bytes.Buffer
	bw := bufio.NewWriterSize(&out, 16)
	fmt.Fprintf(bw, "%s-%d;", "abc", 123)
	fmt.Println(out.Len(), bw.Buffered(), bw.Available())
	bw.WriteString(strings.Repeat("y", 20))
	fmt.Println(out.Len(), bw.Buffered())
	bw.Flush()
	fmt.Println(out.String())

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in")), bufio.NewWriter(&out))
	x, _ := rw.ReadByte()
	rw.WriteByte(x)
	rw.Flush()
	fmt.Println(out.String())
}
