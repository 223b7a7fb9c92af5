package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

func main() {
	const input = "Now is the winter of our discontent,\nMade glorious summer by this sun of York.\n"
	scanner := bufio.NewScanner(strings.NewReader(input))
	scanner.Split(bufio.ScanWords)
	count := 0
	for scanner.Scan() {
		count++
	}
	fmt.Printf("%d words\n", count)

	const nums = "1234 5678 1234567901234567890"
	sc := bufio.NewScanner(strings.NewReader(nums))
	split := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		advance, token, err = bufio.ScanWords(data, atEOF)
		if err == nil && token != nil {
			_, err = strconv.ParseInt(string(token), 10, 32)
		}
		return
	}
	sc.Split(split)
	for sc.Scan() {
		fmt.Printf("%s\n", sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Printf("Invalid input: %s\n", err)
	}

	onComma := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if !atEOF {
			return 0, nil, nil
		}
		return 0, data, bufio.ErrFinalToken
	}
	s3 := bufio.NewScanner(strings.NewReader("1,2,3,4,"))
	s3.Split(onComma)
	for s3.Scan() {
		fmt.Printf("%q ", s3.Text())
	}
	fmt.Println()
}
