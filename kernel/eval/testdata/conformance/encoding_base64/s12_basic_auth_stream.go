package main

import (
	"encoding/base32"
	"encoding/base64"
	"fmt"
	"io"
	"strings"
)

type Credentials struct {
	User, Pass string
}

func (c Credentials) Header() string {
	return "Basic " + base64.StdEncoding.EncodeToString([]byte(c.User+":"+c.Pass))
}

func ParseBasic(h string) (Credentials, error) {
	enc, ok := strings.CutPrefix(h, "Basic ")
	if !ok {
		return Credentials{}, fmt.Errorf("not basic auth: %q", h)
	}
	raw, err := base64.StdEncoding.DecodeString(enc)
	if err != nil {
		return Credentials{}, fmt.Errorf("decode: %w", err)
	}
	u, p, ok := strings.Cut(string(raw), ":")
	if !ok {
		return Credentials{}, fmt.Errorf("no colon")
	}
	return Credentials{u, p}, nil
}

type lowerWriter struct{ w io.Writer }

func (l lowerWriter) Write(p []byte) (int, error) {
	return l.w.Write([]byte(strings.ToLower(string(p))))
}

func main() {
	c := Credentials{"aladdin", "open sesame"}
	h := c.Header()
	fmt.Println(h)
	fmt.Println(ParseBasic(h))
	fmt.Println(ParseBasic("Bearer x"))
	_, err := ParseBasic("Basic !!!")
	fmt.Println(err)
	data := []byte{0xfb, 0xff, 0xfe, 'a'}
	for _, e := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding, base64.StdEncoding.WithPadding('*')} {
		fmt.Print(e.EncodeToString(data), " ", e.EncodedLen(4), " ")
	}
	fmt.Println()
	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, lowerWriter{&sb})
	io.WriteString(w, "streaming data!")
	w.Close()
	fmt.Println(sb.String())
	r := base64.NewDecoder(base64.StdEncoding, strings.NewReader("c3RyZWFt\nZWQ="))
	b, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", b, err)
	fmt.Println(base32.StdEncoding.EncodeToString([]byte("hi!")), base32.HexEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte("hi!")))
	d, err := base32.StdEncoding.DecodeString("NBUSC===")
	fmt.Println(string(d), err)
	_, err = base64.StdEncoding.DecodeString("abc")
	fmt.Println(err)
}
