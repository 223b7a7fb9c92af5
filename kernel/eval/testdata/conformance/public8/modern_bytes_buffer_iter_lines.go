package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Record struct {
	Level string
	Msg   string
}

func parse(r io.Reader) ([]Record, error) {
	var recs []Record
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		lvl, msg, ok := bytes.Cut(text, []byte(": "))
		if !ok {
			return recs, fmt.Errorf("line %d: missing separator in %q", line, text)
		}
		recs = append(recs, Record{string(bytes.ToUpper(lvl)), string(msg)})
	}
	return recs, sc.Err()
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("info: started\n")
	fmt.Fprintf(&buf, "warn: disk %d%% full\n", 91)
	buf.WriteString("\n  error: crashed  \n")
	buf.Write([]byte("debug: bye"))
	fmt.Println(buf.Len())
	recs, err := parse(bytes.NewReader(buf.Bytes()))
	fmt.Println(len(recs), err)
	for _, r := range recs {
		fmt.Printf("[%5s] %s\n", r.Level, r.Msg)
	}
	_, err = parse(strings.NewReader("ok: 1\nbroken line\n"))
	fmt.Println(err)
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v %d\n", line, err, buf.Len())
	b, _ := buf.ReadByte()
	buf.UnreadByte()
	next := buf.Next(4)
	fmt.Printf("%c %s\n", b, next)
	rest, err := io.ReadAll(&buf)
	fmt.Printf("%d %v %d\n", len(rest), err, buf.Len())
	for l := range bytes.Lines([]byte("a\nbb\nccc")) {
		fmt.Print(len(l))
	}
	fmt.Println()
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.Count([]byte("cheese"), []byte("e")), bytes.Fields([]byte(" a b  c ")))
}
