package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Codec interface {
	Name() string
	Encode(string) string
	Decode(string) (string, error)
}

var (
	codecs   = map[string]Codec{}
	initLog  []string
	ErrCodec = errors.New("codec error")
)

func Register(c Codec) {
	initLog = append(initLog, "register "+c.Name())
	codecs[c.Name()] = c
}

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Encode(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}
func (c reverse) Decode(s string) (string, error) { return c.Encode(s), nil }

type caesar struct{ shift int }

func (c caesar) Name() string { return fmt.Sprintf("caesar%d", c.shift) }
func (c caesar) Encode(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+rune(c.shift)+26)%26
		}
		return r
	}, s)
}
func (c caesar) Decode(s string) (string, error) { return caesar{-c.shift}.Encode(s), nil }

type hexCodec struct{}

func (hexCodec) Name() string           { return "hex" }
func (hexCodec) Encode(s string) string { return fmt.Sprintf("%x", s) }
func (hexCodec) Decode(s string) (string, error) {
	var out []byte
	if _, err := fmt.Sscanf(s, "%x", &out); err != nil {
		return "", fmt.Errorf("hex %q: %w: %v", s, ErrCodec, err)
	}
	return string(out), nil
}

func init() { Register(reverse{}) }
func init() {
	for _, k := range []int{1, 13} {
		Register(caesar{k})
	}
}
func init() {
	Register(hexCodec{})
	initLog = append(initLog, fmt.Sprint("codecs ready: ", len(codecs)))
}

func pipeline(names ...string) (func(string) string, func(string) (string, error)) {
	var cs []Codec
	for _, n := range names {
		cs = append(cs, codecs[n])
	}
	enc := func(s string) string {
		for _, c := range cs {
			s = c.Encode(s)
		}
		return s
	}
	dec := func(s string) (string, error) {
		for i := len(cs) - 1; i >= 0; i-- {
			var err error
			if s, err = cs[i].Decode(s); err != nil {
				return "", err
			}
		}
		return s, nil
	}
	return enc, dec
}

func main() {
	fmt.Println(strings.Join(initLog, "; "))
	names := make([]string, 0, len(codecs))
	for n := range codecs {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(names)
	enc, dec := pipeline("caesar13", "reverse", "hex")
	e := enc("hello gopher")
	d, err := dec(e)
	fmt.Println(e, d, err)
	_, err = codecs["hex"].Decode("zz")
	fmt.Println(err, errors.Is(err, ErrCodec))
}
