package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
)

type CountingBuffer struct {
	bytes.Buffer
	writes int
}

func (c *CountingBuffer) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(bytes.ToUpper(p))
}

type ShoutReader struct {
	*strings.Reader
}

func (s ShoutReader) Read(p []byte) (int, error) {
	n, err := s.Reader.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type Desc struct{ sort.IntSlice }

func (d Desc) Less(i, j int) bool { return d.IntSlice[i] > d.IntSlice[j] }

type SafeMap struct {
	sync.RWMutex
	m map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.Lock()
	defer s.Unlock()
	s.m[k]++
}

type prefixWriter struct {
	io.Writer
	prefix string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	lines := strings.SplitAfter(string(b), "\n")
	for _, l := range lines {
		if l == "" {
			continue
		}
		if _, err := io.WriteString(p.Writer, p.prefix+l); err != nil {
			return 0, err
		}
	}
	return len(b), nil
}

type StrSet struct{ sort.StringSlice }

func (s *StrSet) Add(x string) {
	i := s.Search(x)
	if i < s.Len() && s.StringSlice[i] == x {
		return
	}
	s.StringSlice = append(s.StringSlice, "")
	copy(s.StringSlice[i+1:], s.StringSlice[i:])
	s.StringSlice[i] = x
}

func main() {
	var cb CountingBuffer
	fmt.Fprintf(&cb, "hello %d", 1)
	fmt.Fprint(&cb, " world")
	cb.WriteString(" direct")
	fmt.Println(cb.String(), cb.writes, cb.Len())
	b, _ := io.ReadAll(ShoutReader{strings.NewReader("quiet words")})
	fmt.Println(string(b))
	var sb strings.Builder
	io.Copy(&sb, ShoutReader{strings.NewReader("copied")})
	fmt.Println(sb.String())
	d := Desc{sort.IntSlice{3, 1, 4, 1, 5, 9, 2, 6}}
	sort.Sort(d)
	fmt.Println(d.IntSlice, sort.IsSorted(d), d.Len())
	sm := SafeMap{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); sm.Inc("k") }()
	}
	wg.Wait()
	sm.RLock()
	fmt.Println(sm.m["k"])
	sm.RUnlock()
	pw := prefixWriter{os.Stdout, "> "}
	fmt.Fprintf(pw, "line one\nline two\n")
	tw := tabwriter.NewWriter(pw, 0, 4, 1, ' ', 0)
	fmt.Fprintln(tw, "a\tbb\tccc")
	fmt.Fprintln(tw, "dddd\te\tf")
	tw.Flush()
	var set StrSet
	for _, w := range strings.Fields("pear apple fig apple kiwi fig") {
		set.Add(w)
	}
	fmt.Println(set.StringSlice, set.Len())
	sort.Sort(sort.Reverse(set))
	fmt.Println(set.StringSlice)
}
