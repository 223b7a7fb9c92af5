package main

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

func encode(n uint64) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append(b, alphabet[n%62])
		n /= 62
	}
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func decode(s string) (uint64, error) {
	var n uint64
	for _, r := range s {
		i := strings.IndexRune(alphabet, r)
		if i < 0 {
			return 0, fmt.Errorf("decode %q: bad char %q", s, r)
		}
		n = n*62 + uint64(i)
	}
	return n, nil
}

var ErrInvalidURL = errors.New("invalid url")

type Shortener struct {
	byCode map[string]string
	byURL  map[string]string
	hits   map[string]int
}

func (s *Shortener) Shorten(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return "", fmt.Errorf("shorten %q: %w", raw, ErrInvalidURL)
	}
	u.Host = strings.ToLower(u.Host)
	q := u.Query()
	q.Del("utm_source")
	u.RawQuery = q.Encode()
	norm := u.String()
	if c, ok := s.byURL[norm]; ok {
		return c, nil
	}
	sum := sha256.Sum256([]byte(norm))
	code := encode(binary.BigEndian.Uint64(sum[:8]) % 1e9)
	s.byCode[code] = norm
	s.byURL[norm] = code
	return code, nil
}

func (s *Shortener) Resolve(code string) (string, bool) {
	u, ok := s.byCode[code]
	if ok {
		s.hits[code]++
	}
	return u, ok
}

func main() {
	for _, n := range []uint64{0, 61, 62, 3843, 1 << 40} {
		e := encode(n)
		d, err := decode(e)
		fmt.Println(n, e, d, err)
	}
	_, err := decode("ab-c")
	fmt.Println(err)

	s := &Shortener{byCode: map[string]string{}, byURL: map[string]string{}, hits: map[string]int{}}
	inputs := []string{
		"https://Example.com/path?b=2&a=1&utm_source=x",
		"https://example.com/path?a=1&b=2",
		"http://go.dev/doc/",
		"not a url",
		"ftp:/missing-host",
	}
	codes := map[string]bool{}
	for _, in := range inputs {
		c, err := s.Shorten(in)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrInvalidURL))
			continue
		}
		codes[c] = true
		u, _ := s.Resolve(c)
		fmt.Printf("%-48s -> %s -> %s\n", in, c, u)
	}
	list := make([]string, 0)
	for c := range codes {
		list = append(list, c)
	}
	sort.Strings(list)
	fmt.Println(len(list), s.hits[list[0]]+s.hits[list[1]])
	u, _ := url.Parse("https://user:pw@host.kr:8443/a%20b/c?x=1&x=2#frag")
	fmt.Println(u.Scheme, u.User.Username(), u.Hostname(), u.Port(), u.Path, u.EscapedPath(), u.Query()["x"], u.Fragment)
	fmt.Println(url.QueryEscape("a b&c=d/é"), url.PathEscape("a b/c"))
}
