package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

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

type Job struct {
	Command string
	*strings.Builder
}

func NewJob(command string) *Job { return &Job{command, &strings.Builder{}} }

func (job *Job) Printf(format string, args ...any) {
	fmt.Fprintf(job.Builder, "%q: "+format, append([]any{job.Command}, args...)...)
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
	for ; i < len(b) && (b[i] < '0' || b[i] > '9'); i++ {
	}
	x := 0
	for ; i < len(b) && '0' <= b[i] && b[i] <= '9'; i++ {
		x = x*10 + int(b[i]) - '0'
	}
	return x, i
}

func Contents(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return "opened", nil
}

func main() {
	fmt.Println(ByteSize(1e13), ByteSize(1500), KB, MB, ByteSize(100))
	s := Sequence{5, 2, 8, 1}
	fmt.Println(s, []int(s))
	j := NewJob("build")
	j.Printf("step %d of %d\n", 1, 3)
	j.WriteString("raw\n")
	fmt.Print(j.String())
	fmt.Println(Min(5, 2, 9), Min())
	b := []byte("x=12, y=345 z7")
	for i := 0; i < len(b); {
		var x int
		x, i = nextInt(b, i)
		fmt.Print(x, " ")
	}
	fmt.Println()
	_, err := Contents("/no/such/file")
	fmt.Println(err)
	var timeZone = map[string]int{"UTC": 0 * 60 * 60, "EST": -5 * 60 * 60, "CST": -6 * 60 * 60}
	offset := func(tz string) int {
		if seconds, ok := timeZone[tz]; ok {
			return seconds
		}
		fmt.Println("unknown time zone:", tz)
		return 0
	}
	fmt.Println(offset("EST"), offset("PST"))
	attended := map[string]bool{"Ann": true}
	if attended["Ann"] && !attended["Bob"] {
		fmt.Println("Ann was at the meeting, Bob was not")
	}
	var x any = 7
	switch t := x.(type) {
	default:
		fmt.Printf("unexpected type %T\n", t)
	case bool:
		fmt.Printf("boolean %t\n", t)
	case int:
		fmt.Printf("integer %d\n", t)
	case *bool:
		fmt.Printf("pointer to boolean %t\n", *t)
	}
	a := [...]string{0: "no error", 2: "Eio", 1: "invalid argument"}
	fmt.Println(len(a), a)
	picture := make([][]uint8, 3)
	pixels := make([]uint8, 3*4)
	for i := range picture {
		picture[i], pixels = pixels[:4], pixels[4:]
	}
	picture[1][2] = 9
	fmt.Println(picture, len(pixels))
}
