package main

import (
	"fmt"
	"mime"
	"mime/quotedprintable"
	"net/textproto"
	"strings"
)

func main() {
	mt, params, err := mime.ParseMediaType(`text/html; charset="utf-8"; q=0.5`)
	fmt.Println(mt, params["charset"], params["q"], err)
	fmt.Println(mime.FormatMediaType("attachment", map[string]string{"filename": "report 1.pdf"}))
	_, _, err = mime.ParseMediaType("bad;;")
	fmt.Println(err)
	fmt.Println(mime.QEncoding.Encode("utf-8", "¡Hola, señor!"))
	dec := new(mime.WordDecoder)
	h, err := dec.DecodeHeader("=?utf-8?q?=C2=A1Hola,_se=C3=B1or!?=")
	fmt.Println(h, err)
	var sb strings.Builder
	w := quotedprintable.NewWriter(&sb)
	w.Write([]byte("café = naïve"))
	w.Close()
	fmt.Println(sb.String())
	fmt.Println(textproto.CanonicalMIMEHeaderKey("content-type"), textproto.TrimString("  x  "))
	hdr := textproto.MIMEHeader{}
	hdr.Add("X-Tag", "a")
	hdr.Add("x-tag", "b")
	fmt.Println(hdr.Values("X-Tag"), hdr.Get("x-TAG"))
}
