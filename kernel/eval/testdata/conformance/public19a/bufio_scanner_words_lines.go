package main

import (
	"bufio"
	"bytes"
	"fmt"
	"sort"
	"strings"
)

const text = `The quick brown fox
jumps over the lazy dog.
The dog sleeps; the fox runs!

Last line without newline`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%2d: %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader(text))
	ws.Split(bufio.ScanWords)
	freq := map[string]int{}
	for ws.Scan() {
		w := strings.ToLower(strings.Trim(ws.Text(), ".;!"))
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs[:5])
	rs := bufio.NewScanner(strings.NewReader("héllo"))
	rs.Split(bufio.ScanRunes)
	var runes []string
	for rs.Scan() {
		runes = append(runes, rs.Text())
	}
	fmt.Println(runes, len(runes))
	cs := bufio.NewScanner(strings.NewReader("a,b,,c"))
	cs.Split(func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	})
	for cs.Scan() {
		fmt.Printf("[%s]", cs.Text())
	}
	fmt.Println()
	small := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	small.Buffer(make([]byte, 10), 20)
	for small.Scan() {
	}
	fmt.Println(small.Err())
	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 16)
	fmt.Fprintf(w, "hello %s", "world")
	fmt.Println(buf.Len(), w.Buffered(), w.Available())
	w.WriteString(" and more text to overflow")
	fmt.Println(buf.Len() > 0, w.Buffered())
	w.Flush()
	fmt.Println(buf.String())
	r := bufio.NewReader(strings.NewReader("line1\nline2\nrest"))
	l1, _ := r.ReadString('\n')
	peek, _ := r.Peek(3)
	l2, isPrefix, _ := r.ReadLine()
	rest, err := r.ReadString('\n')
	fmt.Printf("%q %q %q %v %q %v\n", l1, peek, l2, isPrefix, rest, err)
	br := bufio.NewReader(strings.NewReader("ünicode"))
	ru, sz, _ := br.ReadRune()
	br.UnreadRune()
	b, _ := br.ReadByte()
	fmt.Println(string(ru), sz, b)
}
