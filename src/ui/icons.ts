import avatarCat from 'virtual:fluent-emoji/cat-face';
import avatarDog from 'virtual:fluent-emoji/dog-face';
import avatarFox from 'virtual:fluent-emoji/fox';
import avatarLion from 'virtual:fluent-emoji/lion';
import avatarPanda from 'virtual:fluent-emoji/panda';
import avatarRabbit from 'virtual:fluent-emoji/rabbit-face';
import avatarBear from 'virtual:fluent-emoji/bear';
import avatarKoala from 'virtual:fluent-emoji/koala';
import avatarTiger from 'virtual:fluent-emoji/tiger-face';
import avatarUnicorn from 'virtual:fluent-emoji/unicorn';
import avatarFrog from 'virtual:fluent-emoji/frog';
import avatarOwl from 'virtual:fluent-emoji/owl';
import artistPalette from 'virtual:fluent-emoji/artist-palette';
import bucket from 'virtual:fluent-emoji/bucket';
import framedPicture from 'virtual:fluent-emoji/framed-picture';
import star from 'virtual:fluent-emoji/star';
import checkMark from 'virtual:fluent-emoji/check-mark-button';
import crayon from 'virtual:fluent-emoji/crayon';
import download from 'virtual:fluent-emoji/inbox-tray';
import medal from 'virtual:fluent-emoji/sports-medal';
import printer from 'virtual:fluent-emoji/printer';
import share from 'virtual:fluent-emoji/mobile-phone-with-arrow';
import crossMark from 'virtual:fluent-emoji/cross-mark';
import glowingStar from 'virtual:fluent-emoji/glowing-star';
import house from 'virtual:fluent-emoji/house';
import locked from 'virtual:fluent-emoji/locked';
import paintbrush from 'virtual:fluent-emoji/paintbrush';
import pen from 'virtual:fluent-emoji/pen';
import rainbow from 'virtual:fluent-emoji/rainbow';
import redo from 'virtual:fluent-emoji/left-arrow-curving-right';
import sparkles from 'virtual:fluent-emoji/sparkles';
import sponge from 'virtual:fluent-emoji/sponge';
import undo from 'virtual:fluent-emoji/right-arrow-curving-left';
import wastebasket from 'virtual:fluent-emoji/wastebasket';
import raisedHand from 'virtual:fluent-emoji/raised-hand';
import backArrow from 'virtual:fluent-emoji/left-arrow';
import skipArrow from 'virtual:fluent-emoji/right-arrow';
import gift from 'virtual:fluent-emoji/wrapped-gift';
import film from 'virtual:fluent-emoji/film-frames';
import play from 'virtual:fluent-emoji/play-button';
import pause from 'virtual:fluent-emoji/pause-button';
import puzzle from 'virtual:fluent-emoji/puzzle-piece';
import butterfly from 'virtual:fluent-emoji/butterfly';

/** The Fluent Emoji Flat pictures the interface uses (MIT, Microsoft); extracted at build time. */
/** Avatars children pick themselves by. */
export const AVATAR_ICONS = {
  cat: avatarCat,
  dog: avatarDog,
  fox: avatarFox,
  lion: avatarLion,
  panda: avatarPanda,
  rabbit: avatarRabbit,
  bear: avatarBear,
  koala: avatarKoala,
  tiger: avatarTiger,
  unicorn: avatarUnicorn,
  frog: avatarFrog,
  owl: avatarOwl,
} as const;

export const ICONS = {
  artistPalette,
  bucket,
  framedPicture,
  star,
  checkMark,
  crayon,
  download,
  medal,
  printer,
  share,
  crossMark,
  glowingStar,
  house,
  locked,
  paintbrush,
  pen,
  rainbow,
  redo,
  sparkles,
  sponge,
  undo,
  wastebasket,
  raisedHand,
  backArrow,
  skipArrow,
  gift,
  film,
  play,
  pause,
  puzzle,
  butterfly,
} as const;
