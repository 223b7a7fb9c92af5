package main

import (
	"fmt"
	"sort"
	"strings"
)

type ByteSlice []byte

func (slice ByteSlice) Append(data []byte) []byte {
	return append(slice, data...)
}

func (p *ByteSlice) AppendP(data []byte) {
	*p = append(*p, data...)
}

func (p *ByteSlice) Write(data []byte) (n int, err error) {
	*p = append(*p, data...)
	return len(data), nil
}

type Sequence []int

func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	return fmt.Sprint([]int(s))
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

func Min(a ...int) int {
	min := int(^uint(0) >> 1)
	for _, i := range a {
		if i < min {
			min = i
		}
	}
	return min
}

func nextInt(b []byte, i int) (int, int) {
	for ; i < len(b) && !('0' <= b[i] && b[i] <= '9'); i++ {
	}
	x := 0
	for ; i < len(b) && '0' <= b[i] && b[i] <= '9'; i++ {
		x = x*10 + int(b[i]) - '0'
	}
	return x, i
}

func main() {
	var b ByteSlice
	b = b.Append([]byte("hello"))
	b.AppendP([]byte(", "))
	fmt.Fprintf(&b, "This hour has %d days\n", 7)
	fmt.Print(string(b))
	s := Sequence{5, 2, 8, 1}
	fmt.Println(s, []int(s))
	fmt.Println(ByteSize(1e13), ByteSize(1500), ByteSize(12), GB)
	fmt.Println(Min(4, 2, 9), Min())
	in := []byte("a12 b345 c6")
	for i := 0; i < len(in); {
		var x int
		x, i = nextInt(in, i)
		fmt.Print(x, " ")
	}
	fmt.Println()
	var arr [3]string
	for i := range arr {
		arr[i] = strings.Repeat("x", i)
	}
	fmt.Printf("%q\n", arr)
	type T struct {
		a int
		b float64
		c string
	}
	t := &T{7, -2.35, "abc\tdef"}
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%#v\n", t)
	timeZone := map[string]int{"UTC": 0 * 60 * 60, "EST": -5 * 60 * 60}
	fmt.Printf("%#v\n", timeZone)
	if seconds, ok := timeZone["PST"]; !ok {
		fmt.Println("unknown zone PST", seconds)
	}
}
