package main

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"
)

type NotFound struct{ Name string }

func (e NotFound) Error() string { return e.Name + " not found" }

type legacyErr struct{ code int }

func (e *legacyErr) Error() string { return fmt.Sprintf("legacy %d", e.code) }

// As lets a legacyErr be seen as a NotFound.
func (e *legacyErr) As(target any) bool {
	if nf, ok := target.(*NotFound); ok && e.code == 404 {
		*nf = NotFound{Name: "legacy-resource"}
		return true
	}
	return false
}

type multi struct{ errs []error }

func (m multi) Error() string   { return fmt.Sprint(len(m.errs), " errors") }
func (m multi) Unwrap() []error { return m.errs }

type fixedCtx struct {
	context.Context
	vals map[string]string
}

func (c fixedCtx) Value(key any) any {
	if k, ok := key.(string); ok {
		if v, ok := c.vals[k]; ok {
			return v
		}
	}
	return c.Context.Value(key)
}

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, strings.Split(s, ",")...); return nil }

type levelFlag int

func (l *levelFlag) String() string { return fmt.Sprint(int(*l)) }
func (l *levelFlag) Set(s string) error {
	switch s {
	case "low":
		*l = 1
	case "high":
		*l = 2
	default:
		return errors.New("want low or high")
	}
	return nil
}
func (l *levelFlag) IsBoolFlag() bool { return false }

type Version struct{ Major, Minor int }

func (v Version) MarshalBinary() ([]byte, error) { return []byte{byte(v.Major), byte(v.Minor)}, nil }
func (v *Version) UnmarshalBinary(b []byte) error {
	if len(b) != 2 {
		return errors.New("bad version")
	}
	v.Major, v.Minor = int(b[0]), int(b[1])
	return nil
}

func main() {
	var nf NotFound
	err := fmt.Errorf("load: %w", &legacyErr{404})
	fmt.Println(errors.As(err, &nf), nf.Name)
	fmt.Println(errors.As(&legacyErr{500}, &nf))
	m := multi{[]error{errors.New("a"), NotFound{"b"}, context.Canceled}}
	fmt.Println(errors.Is(m, context.Canceled), errors.As(fmt.Errorf("w: %w", m), &nf), nf.Name)

	base, cancel := context.WithCancel(context.Background())
	ctx := fixedCtx{base, map[string]string{"user": "ann"}}
	child, cancel2 := context.WithTimeout(ctx, time.Hour)
	defer cancel2()
	fmt.Println(child.Value("user"), child.Value("none"), child.Err())
	cancel()
	<-child.Done()
	fmt.Println(child.Err(), ctx.Err(), context.Cause(child))

	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	var tags listFlag
	var lvl levelFlag
	fs.Var(&tags, "tag", "tags, comma separated")
	fs.Var(&lvl, "level", "low or high")
	err = fs.Parse([]string{"-tag", "a,b", "-tag=c", "-level", "high", "rest"})
	fmt.Println(err, tags, lvl, fs.Args(), fs.Lookup("tag").Value.String())
	var sb strings.Builder
	fs.SetOutput(&sb)
	err = fs.Parse([]string{"-level", "mid"})
	fmt.Println(err)
	fmt.Print(sb.String())
	fs.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.Value, f.DefValue) })

	var buf bytes.Buffer
	gob.NewEncoder(&buf).Encode(map[string]Version{"go": {1, 26}})
	var vs map[string]Version
	fmt.Println(gob.NewDecoder(&buf).Decode(&vs), vs)
}
