package main

import (
	"fmt"
	"sort"
)

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
	sort.IntSlice(s).Sort()
	return fmt.Sprint([]int(s))
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func (b ByteSize) String() string {
	switch {
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

type Stringer interface{ String() string }

func str(value any) string {
	switch s := value.(type) {
	case string:
		return s
	case Stringer:
		return s.String()
	}
	return "?"
}

type Counter int

func (c *Counter) Inc() string { *c++; return fmt.Sprint(int(*c)) }

func main() {
	seq := Sequence{5, 2, 9, 1}
	fmt.Println(seq, []int(seq))
	fmt.Printf("%v %d\n", seq, seq)
	fmt.Println(ByteSize(1e13), ByteSize(1500), ByteSize(12), MB)
	fmt.Println(str("plain"), str(seq), str(3))
	var c Counter
	c.Inc()
	fmt.Println(c.Inc(), c)
	var _ fmt.Stringer = (*Sequence)(nil)
	if _, ok := any(seq).(fmt.Stringer); ok {
		fmt.Println("seq is a Stringer")
	}
	x := []any{seq, ByteSize(2048), c}
	fmt.Println(x...)
}
