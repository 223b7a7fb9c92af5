package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type Todo struct {
	ID    int    `json:"id"`
	Title string `json:"title"`
	Done  bool   `json:"done"`
}

type Store struct {
	todos  []Todo
	nextID int
}

func (s *Store) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(s.todos)
	case http.MethodPost:
		var t Todo
		if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
			http.Error(w, "bad json: "+err.Error(), http.StatusBadRequest)
			return
		}
		s.nextID++
		t.ID = s.nextID
		s.todos = append(s.todos, t)
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "created %d", t.ID)
	default:
		w.Header().Set("Allow", "GET, POST")
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

type logging struct {
	next http.Handler
	log  []string
}

func (l *logging) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rec := &statusRecorder{ResponseWriter: w, code: 200}
	l.next.ServeHTTP(rec, r)
	l.log = append(l.log, fmt.Sprintf("%s %s %d", r.Method, r.URL.Path, rec.code))
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(c int) {
	s.code = c
	s.ResponseWriter.WriteHeader(c)
}

func do(h http.Handler, method, body string) {
	req := httptest.NewRequest(method, "/todos", strings.NewReader(body))
	rr := httptest.NewRecorder()
	h.ServeHTTP(rr, req)
	res := rr.Result()
	b, _ := io.ReadAll(res.Body)
	fmt.Printf("%d %q %q\n", res.StatusCode, res.Header.Get("Content-Type"), strings.TrimSpace(string(b)))
}

func main() {
	lg := &logging{next: &Store{}}
	mux := http.NewServeMux()
	mux.Handle("/todos", lg)
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok") })
	do(mux, "POST", `{"title":"write tests"}`)
	do(mux, "POST", `{"title":`)
	do(mux, "GET", "")
	do(mux, "DELETE", "")
	rr := httptest.NewRecorder()
	mux.ServeHTTP(rr, httptest.NewRequest("GET", "/health", nil))
	fmt.Println(rr.Code, rr.Body.String())
	rr = httptest.NewRecorder()
	mux.ServeHTTP(rr, httptest.NewRequest("GET", "/missing", nil))
	fmt.Println(rr.Code, strings.TrimSpace(rr.Body.String()))
	fmt.Println(lg.log)
}
