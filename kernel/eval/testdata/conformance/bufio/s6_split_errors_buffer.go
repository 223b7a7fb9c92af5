package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var errStop = errors.New("stop at zero")

func main() {
	sc := bufio.NewScanner(strings.NewReader("1 2 3 0 4 5"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if err == nil && tok != nil {
			if _, err := strconv.Atoi(string(tok)); err != nil {
				return 0, nil, err
			}
			if string(tok) == "0" {
				return 0, nil, errStop
			}
		}
		return adv, tok, err
	})
	sum := 0
	for sc.Scan() {
		v, _ := strconv.Atoi(sc.Text())
		sum += v
	}
	fmt.Println(sum, sc.Err(), errors.Is(sc.Err(), errStop))

	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 20)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	fmt.Println(sc.Err(), sc.Err() == bufio.ErrTooLong)

	sc = bufio.NewScanner(strings.NewReader("line1\r\nline2\nlast"))
	for sc.Scan() {
		fmt.Printf("%q\n", sc.Text())
	}
	sc = bufio.NewScanner(strings.NewReader("a b c"))
	sc.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		adv, tok, err := bufio.ScanWords(data, atEOF)
		if string(tok) == "b" {
			return adv, tok, bufio.ErrFinalToken
		}
		return adv, tok, err
	})
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(sc.Err())
}
