package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

type Record struct {
	Key, Val string
}

// splitRecords splits on ';' and skips empty records.
func splitRecords(data []byte, atEOF bool) (int, []byte, error) {
	start := 0
	for start < len(data) && (data[start] == ';' || data[start] == ' ') {
		start++
	}
	if i := bytes.IndexByte(data[start:], ';'); i >= 0 {
		return start + i + 1, data[start : start+i], nil
	}
	if atEOF && start < len(data) {
		return len(data), data[start:], nil
	}
	if atEOF {
		return len(data), nil, nil
	}
	return start, nil, nil
}

type Parser struct {
	sep   string
	count int
}

func (p *Parser) Split(data []byte, atEOF bool) (int, []byte, error) {
	adv, tok, err := splitRecords(data, atEOF)
	if tok != nil {
		p.count++
	}
	if p.count > 4 {
		return 0, nil, bufio.ErrFinalToken
	}
	return adv, tok, err
}

func main() {
	sc := bufio.NewScanner(strings.NewReader("a=1; b=2;;c=3 ; ;d=4"))
	sc.Split(splitRecords)
	var recs []Record
	for sc.Scan() {
		k, v, _ := strings.Cut(strings.TrimSpace(sc.Text()), "=")
		recs = append(recs, Record{k, v})
	}
	fmt.Printf("%+v %v\n", recs, sc.Err())
	p := &Parser{sep: ";"}
	sc = bufio.NewScanner(strings.NewReader("1;2;3;4;5;6;7"))
	sc.Split(p.Split)
	for sc.Scan() {
		fmt.Print(sc.Text(), " ")
	}
	fmt.Println(p.count, sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
	}
	fmt.Println(sc.Err())
	sc = bufio.NewScanner(strings.NewReader("x;y"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, fmt.Errorf("bad input %q", data)
	})
	fmt.Println(sc.Scan(), sc.Err())
}
