package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Names []string

func (n Names) Len() int           { return len(n) }
func (n Names) Less(i, j int) bool { return n[i] < n[j] }
func (n Names) Swap(i, j int)      { n[i], n[j] = n[j], n[i] }

type nopReader struct{ id int }

func (nopReader) Read(p []byte) (int, error) { return 0, io.EOF }

func main() {
	var s fmt.Stringer = Temp(21.5)
	fmt.Println(s, []fmt.Stringer{Temp(1), Temp(2)})
	fmt.Printf("%v %s %d\n", s, s, 3)
	var si sort.Interface = Names{"b", "a"}
	sort.Sort(si)
	fmt.Println(si, si.Len())
	fmt.Printf("%v|%+v\n", si, si)
	var r io.Reader = nopReader{7}
	fmt.Println(r)
	fmt.Printf("%v %+v\n", r, r)
	var rs = []io.Reader{strings.NewReader(""), nopReader{8}}
	fmt.Println(len(rs))
	var e error = errors.New("plain")
	fmt.Println(e, fmt.Sprint(e))
	fmt.Println(fmt.Sprint(s, " ", si))
}
