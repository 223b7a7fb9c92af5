package main

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"sort"
	"strings"
	"sync"
	"time"
)

type Stamp struct {
	time.Time
}

type Rec struct {
	When Stamp
	N    int
}

type Num struct {
	*big.Int
}

type Logger struct {
	*bytes.Buffer
	prefix string
}

type Locked struct {
	sync.Mutex
	n int
}

type wrapErr struct {
	error
	ctx string
}

type Desc struct{ sort.IntSlice }

func main() {
	var buf bytes.Buffer
	r := Rec{Stamp{time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)}, 7}
	err := gob.NewEncoder(&buf).Encode(r)
	var back Rec
	err2 := gob.NewDecoder(&buf).Decode(&back)
	fmt.Println(err, err2, back.When.Year(), back.N)
	n := Num{big.NewInt(255)}
	fmt.Printf("%x %d %v %s\n", n, n, n, n)
	fmt.Println(n, []Num{n})
	l := Logger{&bytes.Buffer{}, "> "}
	fmt.Fprintf(l, "%s%d", l.prefix, 42)
	io.WriteString(l, "!")
	var w io.Writer = l
	fmt.Fprintln(w, "x")
	fmt.Printf("%q\n", l.String())
	var lk sync.Locker = &Locked{}
	lk.Lock()
	lk.Unlock()
	e := wrapErr{fs.ErrNotExist, "open"}
	fmt.Println(errors.Is(e, fs.ErrNotExist), e, fmt.Errorf("w: %w", e))
	var pe *fs.PathError
	e2 := wrapErr{&fs.PathError{Op: "read", Path: "/x", Err: fs.ErrPermission}, "c"}
	fmt.Println(errors.As(e2, &pe), errors.Is(e2, fs.ErrPermission))
	d := Desc{sort.IntSlice{3, 1, 2}}
	sort.Sort(d)
	fmt.Println(d.IntSlice, sort.IsSorted(d))
	sort.Sort(sort.Reverse(d))
	fmt.Println(d.IntSlice)
	var sb strings.Builder
	fmt.Fprint(&sb, Rec{N: 1}.When.IsZero())
	fmt.Println(sb.String())
}
