package main

import (
	"flag"
	"fmt"
	"io"
	"net/netip"
	"strings"
)

type Size int64

func (s Size) MarshalText() ([]byte, error) {
	switch {
	case s >= 1<<20 && s%(1<<20) == 0:
		return []byte(fmt.Sprintf("%dMB", s>>20)), nil
	case s >= 1<<10 && s%(1<<10) == 0:
		return []byte(fmt.Sprintf("%dKB", s>>10)), nil
	}
	return []byte(fmt.Sprintf("%dB", int64(s))), nil
}

func (s *Size) UnmarshalText(b []byte) error {
	str := strings.ToUpper(string(b))
	mult := int64(1)
	switch {
	case strings.HasSuffix(str, "MB"):
		mult, str = 1<<20, strings.TrimSuffix(str, "MB")
	case strings.HasSuffix(str, "KB"):
		mult, str = 1<<10, strings.TrimSuffix(str, "KB")
	case strings.HasSuffix(str, "B"):
		str = strings.TrimSuffix(str, "B")
	}
	var n int64
	if _, err := fmt.Sscan(str, &n); err != nil {
		return fmt.Errorf("bad size %q", b)
	}
	*s = Size(n * mult)
	return nil
}

type Mode string

func main() {
	fs := flag.NewFlagSet("srv", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var limit Size
	var addr netip.Addr
	fs.TextVar(&limit, "limit", Size(64<<10), "body limit")
	fs.TextVar(&addr, "bind", netip.MustParseAddr("127.0.0.1"), "bind address")
	var modes []Mode
	fs.Func("mode", "mode (repeatable)", func(s string) error {
		if s != "fast" && s != "safe" {
			return fmt.Errorf("unknown mode %q", s)
		}
		modes = append(modes, Mode(s))
		return nil
	})
	verbose := fs.Bool("v", false, "verbose")
	fs.BoolFunc("q", "quiet", func(string) error { *verbose = false; return nil })
	fmt.Println(limit, addr)
	err := fs.Parse([]string{"-limit", "3MB", "-bind=10.0.0.5", "-mode", "fast", "-v", "-mode=safe", "-q"})
	fmt.Println(err, int64(limit), addr, modes, *verbose)
	fmt.Println(fs.Lookup("limit").Value, fs.Lookup("limit").DefValue, fs.Lookup("bind").DefValue)
	err = fs.Parse([]string{"-limit", "lots"})
	fmt.Println(err)
	err = fs.Parse([]string{"-mode", "slow"})
	fmt.Println(err)
	err = fs.Parse([]string{"-bind", "999.1.1.1"})
	fmt.Println(err != nil)
}
