package main

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
)

type hello struct{ greeting string }

func (h hello) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "%s %s", h.greeting, r.URL.Path)
}
func (h hello) String() string { return "hello handler" }

type fixedLevel int

func (l fixedLevel) Level() slog.Level { return slog.Level(l) }

type gray struct{ y uint8 }

func (g gray) RGBA() (r, gg, b, a uint32) {
	v := uint32(g.y) * 0x101
	return v, v, v, 0xffff
}

type rt struct{}

func (rt) RoundTrip(r *http.Request) (*http.Response, error) {
	return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("fake " + r.URL.Path)), Request: r}, nil
}

type failer struct{ code int }

func (f failer) Error() string  { return fmt.Sprintf("fail %d", f.code) }
func (f failer) String() string { return "failer" }

func main() {
	srv := &http.Server{Handler: hello{"hi"}, Addr: ":0"}
	rec := httptest.NewRecorder()
	srv.Handler.ServeHTTP(rec, httptest.NewRequest("GET", "/x", nil))
	fmt.Println(rec.Body.String(), srv.Handler)

	h := slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: fixedLevel(4), ReplaceAttr: func(g []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}})
	l := slog.New(h)
	l.Info("hidden")
	l.Warn("shown")

	u := &image.Uniform{C: gray{128}}
	r, g, b, a := u.At(0, 0).RGBA()
	fmt.Println(r, g, b, a, u.C == color.Color(gray{128}))

	c := &http.Client{Transport: rt{}}
	resp, err := c.Get("http://example.invalid/path")
	if err == nil {
		body, _ := io.ReadAll(resp.Body)
		fmt.Println(resp.StatusCode, string(body))
	}

	ue := &strings.Reader{}
	_ = ue
	je := errors.Join(failer{1})
	fmt.Println(je)
	type wrap struct{ E error }
	fmt.Println([]wrap{{failer{2}}})
}
