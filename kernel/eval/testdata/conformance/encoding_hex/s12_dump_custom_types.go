package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
)

type MAC [6]byte

func (m MAC) String() string {
	parts := make([]string, 6)
	for i, b := range m {
		parts[i] = hex.EncodeToString([]byte{b})
	}
	return strings.Join(parts, ":")
}

func ParseMAC(s string) (MAC, error) {
	var m MAC
	b, err := hex.DecodeString(strings.ReplaceAll(s, ":", ""))
	if err != nil {
		return m, fmt.Errorf("mac %q: %w", s, err)
	}
	if len(b) != 6 {
		return m, fmt.Errorf("mac %q: %d bytes", s, len(b))
	}
	copy(m[:], b)
	return m, nil
}

func (m MAC) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

func main() {
	for _, s := range []string{"00:1a:2B:3c:4d:5e", "00:1a:2b", "zz:00:00:00:00:00", "0:1a:2b:3c:4d:5e"} {
		m, err := ParseMAC(s)
		var ie hex.InvalidByteError
		fmt.Println(m, err, errors.As(err, &ie), errors.Is(err, hex.ErrLength))
	}
	fmt.Print(hex.Dump([]byte("gonotes: a Jupyter kernel\x00\x01")))
	d := hex.Dumper(os.Stdout)
	d.Write([]byte("abc"))
	d.Write([]byte("defghijklmnopqrstu"))
	d.Close()
	dst := make([]byte, hex.EncodedLen(3))
	hex.Encode(dst, []byte{1, 0xab, 0xff})
	fmt.Println(string(dst), hex.DecodedLen(6), hex.AppendEncode([]byte("0x"), []byte{0xca, 0xfe}))
	out, err := hex.AppendDecode(nil, []byte("beef"))
	fmt.Println(out, err)
	var sb strings.Builder
	w := hex.NewEncoder(&sb)
	fmt.Fprintf(w, "%s", MAC{1, 2, 3, 4, 5, 6})
	fmt.Println(sb.String())
}
