package main

import (
	"encoding/binary"
	"fmt"
	"unicode/utf16"
	"unicode/utf8"
)

type UTF16LE []byte

func EncodeLE(s string) UTF16LE {
	units := utf16.Encode([]rune(s))
	out := make(UTF16LE, 2*len(units))
	for i, u := range units {
		binary.LittleEndian.PutUint16(out[2*i:], u)
	}
	return out
}

func (b UTF16LE) String() string {
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return string(utf16.Decode(units))
}

func main() {
	for _, s := range []string{"abc", "한글", "𝄞 music", "😀!"} {
		e := EncodeLE(s)
		fmt.Printf("%q %d %x %q %d\n", s, len(e), []byte(e)[:min(8, len(e))], e.String(), utf8.RuneCountInString(s))
	}
	r1, r2 := utf16.EncodeRune('😀')
	fmt.Printf("%x %x %c %v %v\n", r1, r2, utf16.DecodeRune(r1, r2), utf16.IsSurrogate(r1), utf16.IsSurrogate('a'))
	fmt.Println(utf16.DecodeRune('a', 'b') == '\uFFFD', utf16.RuneLen('😀'), utf16.RuneLen('a'), utf16.RuneLen(-1))
	lone := []uint16{0xD83D, 'x'}
	fmt.Printf("%q\n", string(utf16.Decode(lone)))
	fmt.Println(utf16.AppendRune(nil, '𝄞'), utf16.AppendRune([]uint16{1}, 'z'))
}
